package processlab.util;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How lesson files, settings and reports name an enum's constants: the constant's name in lower case, with hyphens
 * for underscores ({@code COUNT_PRIMES} is {@code count-primes}). One rule for every such enum, so the ids cannot
 * drift apart from the names, and a new constant has its id at once.
 */
public final class EnumIds {

    private EnumIds() {}

    public static String idOf(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant of {@code type} whose id is {@code id}, if any. */
    public static <E extends Enum<E>> Optional<E> fromId(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> idOf(constant).equals(id))
                .findFirst();
    }
}
