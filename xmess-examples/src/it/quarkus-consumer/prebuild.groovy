// The shared host contract (src/it/host-checks).
binding.setVariable('parts', ['common'])
return evaluate(new File(basedir, '../../../src/it/host-checks/copy-into.groovy'))
