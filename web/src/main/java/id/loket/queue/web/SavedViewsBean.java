package id.loket.queue.web;

import id.loket.platform.web.FacesErrors;
import id.loket.queue.boundary.SavedViewData;
import id.loket.queue.boundary.SavedViewInfo;
import id.loket.queue.boundary.SavedViews;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Renaming and deleting the agent's saved views in the queue page's side bar, one row at a time:
 * the row being renamed shows a name field, the row being deleted asks once more. Each write is
 * based on the version the row showed, so a view changed in another tab is refused, not
 * overwritten; the list is read again after every outcome.
 */
@Named
@ViewScoped
public class SavedViewsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SavedViews savedViews;
  @Inject QueueBean queue;

  private Long renaming;
  private Long deleting;
  private String newName;

  /** Shows the name field on {@code view}'s row, filled with its name. */
  public void startRename(SavedViewInfo view) {
    renaming = view.id();
    deleting = null;
    newName = view.name();
  }

  /** Asks on {@code view}'s row whether to delete it. */
  public void startDelete(SavedViewInfo view) {
    deleting = view.id();
    renaming = null;
  }

  public void cancel() {
    renaming = null;
    deleting = null;
    newName = null;
  }

  /** Renames {@code view} to the name typed, keeping its definition. */
  public void rename(SavedViewInfo view) {
    try {
      SavedViewInfo renamed =
          savedViews.change(
              view.id(), new SavedViewData(newName, view.definition()), view.version());
      FacesErrors.info("queue.view.renamed", view.name(), renamed.name());
      cancel();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "savedForm");
    } finally {
      queue.reloadSaved();
    }
  }

  public void delete(SavedViewInfo view) {
    try {
      savedViews.delete(view.id(), view.version());
      FacesErrors.info("queue.view.deleted", view.name());
      cancel();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "savedForm");
    } finally {
      queue.reloadSaved();
    }
  }

  public boolean isRenaming(SavedViewInfo view) {
    return renaming != null && renaming == view.id();
  }

  public boolean isDeleting(SavedViewInfo view) {
    return deleting != null && deleting == view.id();
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }
}
