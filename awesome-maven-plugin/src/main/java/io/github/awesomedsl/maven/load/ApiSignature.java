package io.github.awesomedsl.maven.load;

import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * What other classes compile against in a class, as javac's model of it sees it once it is compiled:
 * its kind, modifiers, supertypes, annotations and type parameters, and every member but the private
 * ones with its type, its parameters, what it throws and, for a constant, its value (javac copies
 * constants into the classes that read them). A method's body is not in it: changing it changes no other
 * class's bytecode. Two compilations of a class give the same signature when, and only when, no other
 * class needs to be compiled again.
 */
final class ApiSignature {

    private ApiSignature() {}

    /**
     * The signature of {@code type}; empty for a class no other source can name (anonymous, local or
     * private), whose changes stay inside its own source.
     */
    static String of(TypeElement type) {
        if (type.getNestingKind() == NestingKind.ANONYMOUS
                || type.getNestingKind() == NestingKind.LOCAL
                || isPrivate(type)) {
            return "";
        }
        StringBuilder out = new StringBuilder(256);
        out.append(type.getKind())
                .append(' ')
                .append(type.getModifiers())
                .append(' ')
                .append(type.getQualifiedName())
                .append(type.getTypeParameters())
                .append(" extends ")
                .append(type.getSuperclass())
                .append(" implements ")
                .append(type.getInterfaces())
                .append(' ')
                .append(type.getAnnotationMirrors())
                .append(" permits ")
                .append(type.getPermittedSubclasses())
                .append('\n');
        for (Element member : type.getEnclosedElements()) {
            if (isPrivate(member)) {
                continue;
            }
            if (member instanceof VariableElement field) {
                out.append("field ")
                        .append(field.getModifiers())
                        .append(' ')
                        .append(field.asType())
                        .append(' ')
                        .append(field.getSimpleName())
                        .append(" = ")
                        .append(constant(field.getConstantValue()))
                        .append(' ')
                        .append(field.getAnnotationMirrors());
            } else if (member instanceof ExecutableElement method) {
                out.append(method.getKind() == ElementKind.CONSTRUCTOR ? "constructor " : "method ")
                        .append(method.getModifiers())
                        .append(' ')
                        .append(method.getTypeParameters())
                        .append(' ')
                        .append(method.getReturnType())
                        .append(' ')
                        .append(method.getSimpleName())
                        .append(parameters(method.getParameters()))
                        .append(method.isVarArgs() ? "..." : "")
                        .append(" throws ")
                        .append(method.getThrownTypes())
                        .append(" default ")
                        .append(method.getDefaultValue())
                        .append(' ')
                        .append(method.getAnnotationMirrors());
            } else if (member instanceof TypeElement nested) {
                out.append("type ").append(nested.getQualifiedName()); // its own signature is taken on its own
            } else {
                out.append(member.getKind()).append(' ').append(member);
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String parameters(List<? extends VariableElement> parameters) {
        StringBuilder out = new StringBuilder("(");
        for (VariableElement parameter : parameters) {
            out.append(out.length() == 1 ? "" : ", ").append(parameter.asType());
        }
        return out.append(')').toString();
    }

    /** A constant's value, told apart by type: {@code 1} and {@code 1L} and {@code "1"} differ. */
    private static String constant(Object value) {
        if (value == null) {
            return "-";
        }
        return value.getClass().getSimpleName() + ":" + (value instanceof String s ? quoted(s) : value);
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    private static boolean isPrivate(Element element) {
        Set<Modifier> modifiers = element.getModifiers();
        return modifiers.contains(Modifier.PRIVATE);
    }
}
