def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('module path: ') : 'the module-path consumer did not finish'
return true
