package vn.luutru.config;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.ibatis.reflection.factory.DefaultObjectFactory;

/**
 * Builds MyBatis's result objects through constructors looked up once and made accessible
 * once. MyBatis's own factory looks the constructor up for every row, and for a record
 * that is not public (most of ours: package-private by design) calls it, catches the
 * refusal, makes it accessible and calls it again, row after row: an exception with its
 * stack trace per row read.
 */
final class AccessibleObjectFactory extends DefaultObjectFactory {

	private static final long serialVersionUID = 1L;

	private final transient ConcurrentMap<Key, Constructor<?>> constructors = new ConcurrentHashMap<>();

	@Override
	@SuppressWarnings("unchecked")
	public <T> T create(Class<T> type, List<Class<?>> constructorArgTypes, List<Object> constructorArgs) {
		boolean noArgs = constructorArgTypes == null || constructorArgs == null;
		Key key = new Key(resolveInterface(type), noArgs ? List.of() : List.copyOf(constructorArgTypes));
		Constructor<?> constructor = this.constructors.computeIfAbsent(key, AccessibleObjectFactory::accessible);
		if (constructor != null) {
			try {
				return (T) constructor.newInstance(noArgs ? new Object[0] : constructorArgs.toArray());
			}
			catch (ReflectiveOperationException | IllegalArgumentException ex) {
				// MyBatis's own path, for its message naming the type and the values
			}
		}
		return super.create(type, constructorArgTypes, constructorArgs);
	}

	/** The constructor made accessible, or null (not cached) when there is none. */
	private static Constructor<?> accessible(Key key) {
		try {
			Constructor<?> constructor = key.type().getDeclaredConstructor(key.argTypes().toArray(Class<?>[]::new));
			constructor.setAccessible(true);
			return constructor;
		}
		catch (NoSuchMethodException | RuntimeException ex) {
			return null;
		}
	}

	private record Key(Class<?> type, List<Class<?>> argTypes) {
	}

}
