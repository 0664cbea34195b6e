package cat.xmess.spring.boot;

import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationLayer;
import cat.xmess.catalog.ValidationReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Turns the locations of {@code xmess.overlays} into the files the SDK reads. */
final class OverlayLocations {
  static final String CLASSPATH = "classpath:";

  private OverlayLocations() {}

  /**
   * A file path stays as it is (a missing file is the SDK's {@code io-error}, reported with the
   * other errors); a {@code classpath:} resource must be a file of the class path.
   *
   * @throws CatalogValidationException with an {@code io-error} for each {@code classpath:}
   *     resource that is missing or inside a jar
   */
  static Path[] resolve(List<String> locations, ResourceLoader resources) {
    List<Path> files = new ArrayList<>();
    List<ValidationError> unreadable = new ArrayList<>();
    for (String location : locations) {
      if (!location.startsWith(CLASSPATH)) {
        files.add(Path.of(location));
        continue;
      }
      Resource resource = resources.getResource(location);
      try {
        if (!resource.exists()) {
          unreadable.add(ioError(location, "no such class path resource"));
        } else if (!resource.isFile()) {
          unreadable.add(ioError(location, "the class path resource is not a file (" + resource
              + "); give the overlay as a file path"));
        } else {
          files.add(resource.getFile().toPath());
        }
      } catch (IOException e) {
        unreadable.add(ioError(location, e.toString()));
      }
    }
    if (!unreadable.isEmpty()) {
      throw new CatalogValidationException(new ValidationReport(unreadable));
    }
    return files.toArray(Path[]::new);
  }

  private static ValidationError ioError(String location, String why) {
    return ValidationError.of(ValidationLayer.SYNTAX, "", ErrorCode.IO_ERROR, location + ": " + why)
        .at(location, "");
  }
}
