package org.example.council;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A council's Spring Boot application: all it does for the SDK is depend on the starter. */
@SpringBootApplication
public class CouncilApplication {
  public static void main(String[] args) {
    SpringApplication.run(CouncilApplication.class, args);
  }
}
