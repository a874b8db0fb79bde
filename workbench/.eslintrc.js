// The bundle esbuild writes (git-ignored) is not source.
// eslint-disable-next-line no-undef
module.exports = { ignorePatterns: ['dist/'] };
