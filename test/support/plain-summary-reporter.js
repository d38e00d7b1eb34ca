/**
 * Prints the run's result as one plain line, "N passed, N failed", after jest's own
 * summary, so CI logs state the count in a form any reader understands.
 */
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
    process.stderr.write(`${line}\n`);
  }
}

module.exports = PlainSummaryReporter;
