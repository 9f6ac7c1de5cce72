package vn.luutru.process;

import java.util.Set;

/**
 * Checks what an officer entered in a user task before the task may complete: a bad entry
 * keeps the task open with a message naming every bad field, in Vietnamese and English,
 * and changes nothing.
 */
public interface TaskInputCheck {

	/** The ids of the user tasks this check guards. */
	Set<String> taskKeys();

	/** Throws {@link vn.luutru.common.InvalidInputException} naming every bad field. */
	void check(TaskInput input);

}
