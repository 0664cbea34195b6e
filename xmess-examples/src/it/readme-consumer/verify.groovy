// The quick start ran (exec fails the build on a non-zero exit) and its search found initiatives.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('initiative ') : 'the quick start printed no search hit'
assert !log.contains('Exception') : 'the quick start threw'

// A consumer of xmess-catalog alone gets no third-party jar at run time.
def classPath = new File(basedir, 'target/runtime-classpath.txt').getText('UTF-8').trim()
def jars = classPath.split(File.pathSeparator).collect { new File(it).name }
def foreign = jars.findAll { !(it ==~ /xmess-(catalog|model)-.*\.jar/) }
assert foreign.isEmpty() : "a consumer of xmess-catalog gets third-party jars at run time: ${foreign}"
assert jars.size() == 2 : "expected xmess-catalog and xmess-model, got ${jars}"

// Quiet by default: run the quick start again in a child JVM and read its stderr alone. Nothing the
// SDK causes (a logging library's notice, a banner) may reach it.
def java = new File(System.getProperty('java.home'), 'bin/java').path
def process = new ProcessBuilder(java, '-cp', new File(basedir, 'target/classes').path + File.pathSeparator + classPath,
    'QuickStart').start()
def stdout = new StringBuilder()
def stderr = new StringBuilder()
process.waitForProcessOutput(stdout, stderr)
assert process.exitValue() == 0 : "the quick start failed: ${stderr}"
assert stdout.toString().contains('initiative ') : 'the child JVM printed no search hit'
assert stderr.toString().isEmpty() : "the quick start wrote to stderr: ${stderr}"
return true
