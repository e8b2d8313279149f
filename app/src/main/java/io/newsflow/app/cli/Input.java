package io.newsflow.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** A file named on the command line, or standard input when none is. */
record Input(String name, Path path) {

  static List<Input> all(List<Path> files) {
    if (files.isEmpty()) {
      return List.of(new Input("stdin", null));
    }
    return files.stream().map(f -> new Input(f.toString(), f)).toList();
  }

  Reader reader() throws IOException {
    return new InputStreamReader(stream(), StandardCharsets.UTF_8);
  }

  byte[] bytes() throws IOException {
    try (InputStream in = stream()) {
      return in.readAllBytes();
    }
  }

  private InputStream stream() throws IOException {
    if (path == null) {
      return System.in;
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new CommandFailure("no such file: " + path);
    }
  }
}
