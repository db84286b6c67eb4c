package org.goldenthread.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StalePostmasterTests {

  @TempDir Path directory;

  @Test
  void noPidFileMeansNoServer() {
    assertThat(StalePostmaster.readPid(directory)).isEmpty();
  }

  @Test
  void noDataDirectoryMeansNoServer() {
    assertThat(StalePostmaster.readPid(directory.resolve("never-created"))).isEmpty();
  }

  @Test
  void readsThePidFromTheFirstLineOfARealPidFile() throws IOException {
    // The layout PostgreSQL 17 writes: pid, data directory, start time, port, socket dir, ...
    write("4242\n/data/postgres\n1732283925\n5432\n/tmp\nlocalhost\n  5432001  32768\nready   \n");

    assertThat(StalePostmaster.readPid(directory)).contains(4242L);
  }

  @Test
  void toleratesSurroundingWhitespace() throws IOException {
    write("  4242 \r\n");

    assertThat(StalePostmaster.readPid(directory)).contains(4242L);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "\n", "   \n4242\n", "garbage\n", "42x\n", "99999999999999999999999\n"})
  void anythingElseIsNotAPid(String content) throws IOException {
    write(content);

    assertThat(StalePostmaster.readPid(directory)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0\n", "-1\n", "-4242\n"})
  void aPidMustBePositive(String content) throws IOException {
    write(content);

    assertThat(StalePostmaster.readPid(directory)).isEmpty();
  }

  @Test
  void bytesThatAreNotTextAreNotAPid() throws IOException {
    Files.write(directory.resolve("postmaster.pid"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});

    assertThat(StalePostmaster.readPid(directory)).isEmpty();
  }

  @Test
  void aDirectoryInThePlaceOfThePidFileIsNotAPid() throws IOException {
    Files.createDirectory(directory.resolve("postmaster.pid"));

    assertThat(StalePostmaster.readPid(directory)).isEmpty();
  }

  @Test
  void aPidOfNoRunningProcessIsLeftAlone() throws IOException {
    write(Long.MAX_VALUE / 2 + "\n");

    StalePostmaster.stopIfRunning(directory);

    assertThat(directory.resolve("postmaster.pid")).exists();
  }

  private void write(String content) throws IOException {
    Files.writeString(directory.resolve("postmaster.pid"), content);
  }
}
