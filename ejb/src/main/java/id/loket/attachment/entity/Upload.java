package id.loket.attachment.entity;

import java.io.Serializable;
import java.util.Objects;

/**
 * A file as someone sent it: the name their computer gave it (not trusted: cleaned before it is
 * kept) and its bytes. Its type is decided later, from the bytes.
 */
public record Upload(String name, byte[] content) implements Serializable {

  public Upload {
    Objects.requireNonNull(content, "content");
  }

  public long size() {
    return content.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Upload u
        && Objects.equals(name, u.name)
        && java.util.Arrays.equals(content, u.content);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(name) + java.util.Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "Upload[" + name + ", " + content.length + " bytes]";
  }
}
