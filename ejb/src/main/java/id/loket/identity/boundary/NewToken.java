package id.loket.identity.boundary;

import java.io.Serializable;

/** What a user asks for when making a token: a name and how many days it is valid (1–365). */
public class NewToken implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private int days = 30;

  public NewToken() {}

  public NewToken(String name, int days) {
    this.name = name;
    this.days = days;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }
}
