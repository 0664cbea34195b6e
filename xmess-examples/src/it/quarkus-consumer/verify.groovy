binding.setVariable('tests', 6)
binding.setVariable('knownFailure', 'java.lang.NoClassDefFoundError: com/fasterxml/jackson/annotation/JsonApplyView')
return evaluate(new File(basedir, '../../../src/it/host-checks/verify-host.groovy'))
