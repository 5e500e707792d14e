package id.loket.queue.control;

import java.util.List;

/**
 * One SQL text and its parameters in order ({@code ?1}, {@code ?2}, …): the SQL is built from fixed
 * fragments only, every value the caller gave is a parameter.
 */
public record Statement(String sql, List<Object> params) {
  public Statement {
    params = List.copyOf(params);
  }
}
