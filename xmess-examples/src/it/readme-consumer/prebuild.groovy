// Copies the README's quick start, unchanged, into this project's sources: if the README drifts
// from the API, this project stops compiling.
def readme = new File(basedir, '../../../../README.md').getText('UTF-8')
def blocks = (readme =~ /(?s)```java\n(.*?)```/).collect { it[1] }
def quickStart = blocks.find { it.contains('public class QuickStart') }
assert quickStart != null : 'README.md has no java block with `public class QuickStart`'
def target = new File(basedir, 'src/main/java/QuickStart.java')
target.parentFile.mkdirs()
target.setText(quickStart, 'UTF-8')
return true
