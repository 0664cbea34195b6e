// Run the application in a child JVM on the plain class path Maven resolved for it, with no logging
// set up, and read stdout and stderr apart.
def classPath = new File(basedir, 'target/classes').path + File.pathSeparator +
    new File(basedir, 'target/runtime-classpath.txt').getText('UTF-8').trim()
def java = new File(System.getProperty('java.home'), 'bin/java').path
def process = new ProcessBuilder(java, '-cp', classPath, 'org.example.council.CouncilFiles').start()
def stdout = new StringBuilder()
def stderr = new StringBuilder()
process.waitForProcessOutput(stdout, stderr)
assert process.exitValue() == 0 : "the application failed: ${stderr}"

def bundled = 35 // initiatives in the bundled catalog, data 1.0.0
assert stdout.toString().contains("loaded: ${bundled} initiatives") : stdout
// The invalid file lacks required metadata and has an unknown field: the schema layer says both.
assert stdout.toString().contains('rejected: [missing-required, unknown-field]') : stdout
assert stdout.toString() =~ /exported: 1\d CSV files/ : stdout
// Quiet by default: no SLF4J notice, no Hibernate Validator banner, nothing.
assert stderr.toString().isEmpty() : "the SDK wrote to stderr: ${stderr}"

// The JSON libraries are inside xmess-io (relocated), not on the application's class path.
def jars = classPath.split(File.pathSeparator).collect { new File(it).name }
assert !jars.any { it.startsWith('jackson-') || it.startsWith('json-schema-validator') } : jars
return true
