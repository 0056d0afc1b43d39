package io.github.awesomedsl.maven.output.code;

import com.palantir.javapoet.CodeBlock;
import io.github.awesomedsl.model.Venue;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/** {@code Venue.ARXIV} for a venue that has a constant, {@code Venue.of("…")} for any other: in generated code. */
final class VenueConstants {

    private static final Map<Venue, String> CONSTANTS = new HashMap<>();

    static {
        for (Field field : Venue.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Venue.class) {
                try {
                    CONSTANTS.put((Venue) field.get(null), field.getName());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private VenueConstants() {}

    static CodeBlock of(Venue venue) {
        String constant = CONSTANTS.get(venue);
        return constant != null
                ? CodeBlock.of("$T.$L", Venue.class, constant)
                : CodeBlock.of("$T.of($L)", Venue.class, JavaText.quoted(venue.name()));
    }
}
