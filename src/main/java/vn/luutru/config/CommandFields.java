package vn.luutru.config;

import java.lang.reflect.Field;

/**
 * Reads what an engine command carries (its fields are protected and have no getters). A
 * field that is not there any more (a changed engine) fails the command: the guards fail
 * closed.
 */
final class CommandFields {

	private CommandFields() {
	}

	static Object read(Object command, String name) {
		for (Class<?> c = command.getClass(); c != null; c = c.getSuperclass()) {
			try {
				Field f = c.getDeclaredField(name);
				f.setAccessible(true);
				return f.get(command);
			}
			catch (NoSuchFieldException ex) {
				// look in the superclass
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
		}
		throw new IllegalStateException(
				"engine command " + command.getClass().getName() + " has no field " + name + ": refused");
	}

}
