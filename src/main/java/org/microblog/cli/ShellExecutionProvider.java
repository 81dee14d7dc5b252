package org.microblog.cli;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.HashMap;
import java.util.Map;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;
import jdk.jshell.spi.ExecutionControl.InternalException;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's "local" execution (snippets run in this JVM), with snippet classes loaded below
 * the application's class loader. JShell's own local engine loads them below the system
 * class loader, which in the executable jar does not see the application (its classes are
 * nested in the jar, loaded by Spring Boot's loader): a snippet would then get a second,
 * empty copy of {@link ShellContext} from the class path, or none. Found by name
 * ({@code --execution microblog}) through {@code META-INF/services} for the jshell tool.
 */
public final class ShellExecutionProvider implements ExecutionControlProvider {

    public static final String NAME = "microblog";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        return new LocalExecutionControl(new Loader(ShellExecutionProvider.class.getClassLoader()));
    }

    /** Defines the classes JShell compiles, each from its bytes, below the application's class loader. */
    private static final class Loader implements LoaderDelegate {

        private final SnippetClassLoader loader;
        private final Map<String, Class<?>> loaded = new HashMap<>();

        Loader(ClassLoader application) {
            this.loader = new SnippetClassLoader(application);
        }

        @Override
        public void load(ClassBytecodes[] classes) throws ClassInstallException {
            boolean[] installed = new boolean[classes.length];
            try {
                for (ClassBytecodes bytecodes : classes) {
                    loader.declare(bytecodes.name(), bytecodes.bytecodes());
                }
                for (int i = 0; i < classes.length; i++) {
                    Class<?> type = loader.loadClass(classes[i].name());
                    loaded.put(classes[i].name(), type);
                    installed[i] = true;
                    type.getDeclaredMethods(); // links it now, so a broken class fails here and not mid-snippet
                }
            } catch (Throwable e) {
                throw new ClassInstallException("load: " + e.getMessage(), installed);
            }
        }

        @Override
        public void classesRedefined(ClassBytecodes[] classes) {
            for (ClassBytecodes bytecodes : classes) {
                loader.declare(bytecodes.name(), bytecodes.bytecodes());
            }
        }

        @Override
        public void addToClasspath(String path) throws InternalException {
            try {
                for (String entry : path.split(File.pathSeparator)) {
                    loader.add(new File(entry).toURI().toURL());
                }
            } catch (MalformedURLException e) {
                throw new InternalException(e.toString());
            }
        }

        @Override
        public Class<?> findClass(String name) throws ClassNotFoundException {
            Class<?> type = loaded.get(name);
            if (type == null) {
                throw new ClassNotFoundException(name + " not found");
            }
            return type;
        }
    }

    /**
     * Parent first, as usual: the application's classes always come from the application, and
     * a jar added with {@code /env --class-path} only adds what the application lacks.
     */
    private static final class SnippetClassLoader extends URLClassLoader {

        private final Map<String, byte[]> declared = new HashMap<>();

        SnippetClassLoader(ClassLoader parent) {
            super(new URL[0], parent);
        }

        void declare(String name, byte[] bytes) {
            declared.put(name, bytes);
        }

        void add(URL url) {
            addURL(url);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = declared.get(name);
            if (bytes == null) {
                return super.findClass(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
