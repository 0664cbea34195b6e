// The packaged CLI, every dependency inside one jar: search the bundled catalog, export it, validate
// the export (which reads and validates a file through xmess-io), and refuse an invalid file.
def jar = new File(basedir, '../../xmess.jar').canonicalFile
assert jar.isFile() : "no ${jar}"
def java = new File(System.getProperty('java.home'), 'bin/java').path

def run = { List<String> args ->
  def process = new ProcessBuilder([java, '-jar', jar.path] + args).start()
  def out = new StringBuilder()
  def err = new StringBuilder()
  process.waitForProcessOutput(out, err)
  [process.exitValue(), out.toString(), err.toString()]
}

def (searchExit, searchOut, searchErr) = run(['search', 'contractació pública'])
assert searchExit == 0 : searchErr
assert searchOut.contains('guia-contractacio-responsable') : searchOut

def exported = new File(basedir, 'target/catalog.json')
exported.parentFile.mkdirs()
def (exportExit, exportOut, exportErr) = run(['export', '--format', 'json', '--output', exported.path])
assert exportExit == 0 : exportErr

def (validExit, validOut, validErr) = run(['validate', exported.path])
assert validExit == 0 : "validate of the exported catalog failed: ${validOut} ${validErr}"

def invalid = new File(basedir, 'target/invalid.json')
invalid.text = '{"metadata": {}}'
def (invalidExit, invalidOut, invalidErr) = run(['validate', invalid.path])
assert invalidExit == 1 : "an invalid file must exit 1: ${invalidOut} ${invalidErr}"
assert (invalidOut + invalidErr).contains('missing-required')
assert !(invalidOut + invalidErr).contains('\tat ') : 'the CLI printed a stack trace'
return true
