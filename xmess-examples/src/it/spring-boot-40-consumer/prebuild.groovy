// The shared host contract and the Spring Boot application and test (src/it/host-checks).
binding.setVariable('parts', ['common', 'spring'])
return evaluate(new File(basedir, '../../../src/it/host-checks/copy-into.groovy'))
