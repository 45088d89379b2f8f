package io.contentlint.core.source;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** YAML that SnakeYAML Engine would accept but that we refuse to hand to anything: too deep, or cyclic. */
public final class YamlBoundException extends YamlEngineException {
    private static final long serialVersionUID = 1L;

    private final YamlError.Kind kind;
    private final transient Mark mark;

    YamlBoundException(YamlError.Kind kind, Optional<Mark> mark, String message) {
        super(message);
        this.kind = kind;
        this.mark = mark.orElse(null);
    }

    public YamlError.Kind kind() {
        return kind;
    }

    public Optional<Mark> mark() {
        return Optional.ofNullable(mark);
    }
}
