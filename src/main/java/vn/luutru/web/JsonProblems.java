package vn.luutru.web;

import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import vn.luutru.common.FieldProblem;

/** What is wrong with a JSON body Jackson could not read, as a field problem. */
final class JsonProblems {

	private JsonProblems() {
	}

	static FieldProblem of(Throwable cause) {
		if (cause instanceof MismatchedInputException mismatch && mismatch.getPath().isEmpty()
				&& String.valueOf(mismatch.getOriginalMessage()).startsWith("Trailing token")) {
			return FieldProblem.of("body", "error.trailingContent");
		}
		if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			String field = path(mapping);
			if (mapping instanceof UnrecognizedPropertyException unknown) {
				return FieldProblem.of(field, "error.unknownField", known(unknown));
			}
			if (mapping instanceof StrictJson.RefusedValue refused) {
				return new FieldProblem(field, refused.code, refused.args);
			}
			if (mapping instanceof MismatchedInputException mismatch) {
				return ExpectedForm.of(field, mismatch.getTargetType());
			}
			return FieldProblem.of(field, "error.format");
		}
		if (cause instanceof StreamReadException read
				&& String.valueOf(read.getOriginalMessage()).startsWith("Duplicate field")
				&& read.getProcessor() != null) {
			String field = path(read.getProcessor().getParsingContext());
			return FieldProblem.of(field.isEmpty() ? "body" : field, "error.duplicateKey");
		}
		if (cause instanceof JsonProcessingException json && json.getLocation() != null) {
			return FieldProblem.of("body", "error.malformedJson", json.getLocation().getLineNr(),
					json.getLocation().getColumnNr());
		}
		return FieldProblem.of("body", "error.unreadableBody");
	}

	private static String known(UnrecognizedPropertyException unknown) {
		return (unknown.getKnownPropertyIds() == null) ? ""
				: unknown.getKnownPropertyIds()
					.stream()
					.map(String::valueOf)
					.sorted()
					.collect(Collectors.joining(", "));
	}

	private static String path(JsonMappingException ex) {
		StringBuilder sb = new StringBuilder();
		for (JsonMappingException.Reference ref : ex.getPath()) {
			if (ref.getFieldName() != null) {
				sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
			}
			else if (ref.getIndex() >= 0) {
				sb.append('[').append(ref.getIndex()).append(']');
			}
		}
		return sb.toString();
	}

	/** The parser's position as a field path: a.b[2].c. */
	private static String path(JsonStreamContext context) {
		if (context == null || context.inRoot()) {
			return "";
		}
		String parent = path(context.getParent());
		if (context.inArray()) {
			return parent + "[" + Math.max(context.getCurrentIndex(), 0) + "]";
		}
		String name = context.getCurrentName();
		return parent.isEmpty() ? String.valueOf(name) : parent + "." + name;
	}

}
