package io.contentlint.core.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Composes one YAML document into nodes (never objects) within bounds SnakeYAML Engine does not
 * enforce itself. Its composer recurses once per nesting level, so {@code [[[[...} a few
 * thousand deep overflows the stack: the depth is counted on the event stream and refused before
 * the composer goes that deep. An alias pointing at one of its own ancestors ({@code a: &x [*x]})
 * makes a cyclic graph that any naive walk (a JSON conversion, a recursive search) never leaves,
 * and the site's build cannot serialise: it is refused too. The settings' alias and code point
 * limits still apply.
 */
public final class BoundedYaml {
    private final LoadSettings settings;
    private final int maxDepth;

    public BoundedYaml(LoadSettings settings, int maxDepth) {
        this.settings = settings;
        this.maxDepth = maxDepth;
    }

    /**
     * The document's root node, empty for an empty document.
     *
     * @throws YamlBoundException when the document is nested deeper than allowed or cyclic
     * @throws org.snakeyaml.engine.v2.exceptions.YamlEngineException when it is not valid YAML
     */
    public Optional<Node> compose(String yaml) {
        Parser parser = new DepthLimitedParser(new ParserImpl(settings, new StreamReader(settings, yaml)), maxDepth);
        Optional<Node> root = new Composer(settings, parser).getSingleNode();
        root.ifPresent(BoundedYaml::refuseCycles);
        return root;
    }

    /** Iterative depth-first search (the graph may be deep): a node met again while still open is its own ancestor. */
    private static void refuseCycles(Node root) {
        Map<Node, Boolean> open = new IdentityHashMap<>();
        Deque<Object> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Object top = stack.pop();
            if (top instanceof Done done) {
                open.put(done.node(), Boolean.FALSE);
                continue;
            }
            Node node = (Node) top;
            Boolean state = open.get(node);
            if (Boolean.TRUE.equals(state)) {
                throw new YamlBoundException(YamlError.Kind.ALIAS_CYCLE, node.getStartMark(), "an alias refers to a node that contains it");
            }
            if (state != null) {
                continue;
            }
            open.put(node, Boolean.TRUE);
            stack.push(new Done(node));
            for (Node child : children(node)) {
                stack.push(child);
            }
        }
    }

    private static List<Node> children(Node node) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (node instanceof MappingNode mapping) {
            List<Node> children = new java.util.ArrayList<>(mapping.getValue().size() * 2);
            for (NodeTuple tuple : mapping.getValue()) {
                children.add(tuple.getKeyNode());
                children.add(tuple.getValueNode());
            }
            return children;
        }
        return List.of();
    }

    /** Marks the end of a node's children in the search. */
    private record Done(Node node) {
    }

    /** Passes events through, counting open sequences and mappings. */
    private static final class DepthLimitedParser implements Parser {
        private final Parser delegate;
        private final int maxDepth;
        private int depth;

        DepthLimitedParser(Parser delegate, int maxDepth) {
            this.delegate = delegate;
            this.maxDepth = maxDepth;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return delegate.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return delegate.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return delegate.hasNext();
        }

        @Override
        public Event next() {
            Event event = delegate.next();
            switch (event.getEventId()) {
                case SequenceStart, MappingStart -> {
                    if (++depth > maxDepth) {
                        throw new YamlBoundException(YamlError.Kind.TOO_DEEP, event.getStartMark(),
                                "lists and mappings nested more than " + maxDepth + " deep");
                    }
                }
                case SequenceEnd, MappingEnd -> depth--;
                default -> {
                    // scalars, aliases, document and stream events do not change the depth
                }
            }
            return event;
        }
    }
}
