/** A council application that uses the SDK on the module path, requiring nothing else. */
module org.example.council {
  requires cat.xmess.catalog;
}
