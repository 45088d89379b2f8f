package io.contentlint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.contentlint.core.report.Finding;
import io.contentlint.core.testing.Expectation;
import io.contentlint.core.testing.Lint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every folder under {@code fixtures/} is a small docs repository whose files mark the findings
 * they must produce ({@code <!-- expect: rule -->}, {@code # expect: rule}). The run must produce
 * exactly those: a fixture without marks must produce nothing. Adding a case is adding a file.
 * A folder may hold {@code fixture-rules.txt} listing the rule ids it is about (one per line):
 * findings of other rules are then ignored, so a rule's fixtures need not satisfy every rule.
 */
class FixtureTest {

    @TestFactory
    Stream<DynamicTest> everyFixtureProducesExactlyItsMarkedFindings() throws IOException, URISyntaxException {
        Path fixtures = Path.of(FixtureTest.class.getResource("/fixtures").toURI());
        try (Stream<Path> folders = Files.list(fixtures)) {
            return folders.filter(Files::isDirectory).sorted()
                    .map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> check(folder)))
                    .toList().stream();
        }
    }

    private static void check(Path folder) throws IOException {
        List<Expectation> expected = marks(folder);
        List<String> rules = rulesOf(folder);
        List<Finding> actual = Lint.folder(folder).findings().stream()
                .filter(f -> rules.isEmpty() || rules.contains(f.rule()))
                .toList();
        List<Finding> unexpected = new ArrayList<>(actual);
        List<Expectation> missing = new ArrayList<>();
        for (Expectation expectation : expected) {
            Finding match = unexpected.stream().filter(expectation::matches).findFirst().orElse(null);
            if (match == null) {
                missing.add(expectation);
            } else {
                unexpected.remove(match);
            }
        }
        assertThat(missing).as("expected findings not produced (actual: %s)", actual).isEmpty();
        assertThat(unexpected).as("findings no mark announces").isEmpty();
    }

    private static List<String> rulesOf(Path folder) throws IOException {
        Path list = folder.resolve("fixture-rules.txt");
        if (!Files.exists(list)) {
            return List.of();
        }
        return Files.readAllLines(list).stream().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static List<Expectation> marks(Path folder) throws IOException {
        List<Expectation> result = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".md")).sorted().forEach(file -> {
                try {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                    result.addAll(Expectation.scan(folder.relativize(file).toString().replace('\\', '/'), text));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return result;
    }
}
