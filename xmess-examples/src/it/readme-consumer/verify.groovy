// The quick start ran (exec fails the build on a non-zero exit) and its search found initiatives.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('initiative ') : 'the quick start printed no search hit'
assert !log.contains('Exception') : 'the quick start threw'
return true
