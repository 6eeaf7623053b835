/**
 * Steps of the build itself, run by Maven (see pom.xml), never by the app: binary copies of the stylesheets. The
 * installer's build is a script, {@code src/packaging/build-installer.sh}.
 */
package processlab.build;
