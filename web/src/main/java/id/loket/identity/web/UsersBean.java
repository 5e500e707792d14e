package id.loket.identity.web;

import id.loket.identity.boundary.DirectoryAdmin;
import id.loket.identity.boundary.DirectoryEntry;
import id.loket.identity.boundary.PlacementDraft;
import id.loket.platform.web.FacesErrors;
import id.loket.shared.Page;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The administrators' user list: find a user by part of their name and set their department and
 * location, which routing rules look at. A user can be opened directly with the {@code username}
 * view parameter. Paging and search are the boundary's ({@link DirectoryAdmin}).
 */
@Named
@ViewScoped
public class UsersBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int PAGE = 25;

  @Inject transient DirectoryAdmin directory;

  private String query;
  private String username;
  private final List<DirectoryEntry> users = new ArrayList<>();
  private String next;
  private DirectoryEntry selected;
  private String department;
  private String location;

  /** f:viewAction: the first page, and the user named by the view parameter. */
  public void load() {
    search();
    if (username != null && !username.isBlank()) {
      try {
        edit(directory.user(username.strip()));
      } catch (RuntimeException e) {
        FacesErrors.show(e, "userForm");
      }
    }
  }

  public void search() {
    users.clear();
    next = null;
    more();
  }

  public void more() {
    try {
      Page<DirectoryEntry> page = directory.users(query, next, PAGE);
      users.addAll(page.items());
      next = page.next();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "searchForm");
    }
  }

  public void edit(DirectoryEntry user) {
    selected = user;
    username = user.username();
    department = user.department();
    location = user.location();
  }

  public void save() {
    try {
      DirectoryEntry saved =
          directory.place(
              selected.username(), new PlacementDraft(department, location), selected.version());
      edit(saved);
      users.replaceAll(u -> u.username().equals(saved.username()) ? saved : u);
      FacesErrors.info("admin.users.saved", saved.username());
    } catch (RuntimeException e) {
      FacesErrors.show(e, "userForm");
    }
  }

  public List<DirectoryEntry> getUsers() {
    return users;
  }

  public boolean isMoreAvailable() {
    return next != null;
  }

  public DirectoryEntry getSelected() {
    return selected;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }
}
