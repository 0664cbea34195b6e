binding.setVariable('tests', 7)
binding.setVariable('knownFailure', null)
return evaluate(new File(basedir, '../../../src/it/host-checks/verify-host.groovy'))
