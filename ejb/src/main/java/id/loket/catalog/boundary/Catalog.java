package id.loket.catalog.boundary;

import id.loket.catalog.entity.Category;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads the service catalog. */
@Stateless
@PermitAll
public class Catalog {

  @PersistenceContext EntityManager em;

  /** Codes of the categories a new ticket may be filed under, in display order. */
  public List<String> activeCategories() {
    return em.createQuery(
            "SELECT c.code FROM Category c WHERE c.active = TRUE ORDER BY c.sortOrder, c.code",
            String.class)
        .getResultList();
  }

  public boolean isActive(String code) {
    Category c = code == null ? null : em.find(Category.class, code);
    return c != null && c.isActive();
  }
}
