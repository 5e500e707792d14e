package id.loket.workbench.boundary;

import id.loket.shared.PlainText;
import id.loket.shared.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Into which primary a duplicate is merged: {@code {"into": "LKT-2026-000042-7"}}. */
public class MergeRequest {

  @NotBlank(message = "{merge.into.required}")
  @PlainText
  @Size(max = 32, message = "{merge.into.size}")
  private String into;

  public MergeRequest() {}

  public MergeRequest(String into) {
    setInto(into);
  }

  public String getInto() {
    return into;
  }

  public void setInto(String into) {
    this.into = Text.clean(into);
  }
}
