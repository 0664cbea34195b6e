binding.setVariable('tests', 7)
binding.setVariable('knownFailure', 'java.lang.NoClassDefFoundError: com/fasterxml/jackson/annotation/JsonSerializeAs')
return evaluate(new File(basedir, '../../../src/it/host-checks/verify-host.groovy'))
