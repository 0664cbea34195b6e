// Run by a host consumer test's verify.groovy, which sets `tests` (how many tests its build runs)
// and `knownFailure` (null, or the error a host is known to fail with until a fix lands; its
// invoker.properties then expects the build to fail).
def log = new File(basedir, 'build.log').getText('UTF-8')
if (knownFailure == null) {
  assert log =~ /(?m)Tests run: ${tests}, Failures: 0, Errors: 0, Skipped: 0$/ :
      "expected ${tests} tests to run and pass"
} else {
  assert log.contains(knownFailure) :
      "the known failure (${knownFailure}) is gone: drop it from this host's verify.groovy and invoker.properties"
}
return true
