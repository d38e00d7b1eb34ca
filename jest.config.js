/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': 'ts-jest' },
  // The task-pane browser test builds and serves the bundle; give it room on a 2-core machine.
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/test/support/plain-summary-reporter.js'],
};
