// Run by a host consumer test's prebuild.groovy, which sets `parts` (folders of this directory).
// Copies part/main and part/test into the cloned project's src/main/java and src/test/java, and
// the starter tests' council overlay into src/test/resources/xmess, so that no host keeps a copy.
def shared = new File(basedir, '../../../src/it/host-checks')
assert shared.isDirectory() : "no shared host checks at ${shared}"
def copy = { File from, File to ->
  to.parentFile.mkdirs()
  to.bytes = from.bytes
}
parts.each { String part ->
  ['main', 'test'].each { String kind ->
    def root = new File(shared, "${part}/${kind}")
    if (root.isDirectory()) {
      root.eachFileRecurse(groovy.io.FileType.FILES) { File file ->
        copy(file, new File(basedir, "src/${kind}/java/" + root.toPath().relativize(file.toPath())))
      }
    }
  }
}
copy(new File(basedir, '../../../../xmess-spring-boot-starter/src/test/resources/xmess/council-overlay.json'),
     new File(basedir, 'src/test/resources/xmess/council-overlay.json'))
return true
