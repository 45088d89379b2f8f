package io.contentlint.core.report;

import io.contentlint.core.LintResult;
import java.io.IOException;

/** Writes a run's findings in one format. */
public interface Reporter {

    /** The format's name on the command line ({@code text}, {@code json}, ...). */
    String format();

    void write(LintResult result, Appendable out) throws IOException;
}
