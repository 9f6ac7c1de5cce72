package vn.luutru.forms;

import java.util.Objects;

/**
 * A formula cell with the value it computes, written as its cached result so that a
 * reader that does not recalculate (a viewer, a printer driver) still shows the figure.
 *
 * @param expression the formula without "=", e.g. "C9-D9"
 * @param value what the formula evaluates to
 */
public record CellFormula(String expression, double value) {

	public CellFormula {
		Objects.requireNonNull(expression, "expression");
	}

}
