package id.loket.platform;

import java.util.Collection;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/** Adds the rows of every query result to {@link RowsRead}. Registered in persistence.xml. */
public class RowsReadListener extends SessionEventAdapter {

  @Override
  public void postExecuteQuery(SessionEvent event) {
    Object result = event.getResult();
    RowsRead.add(result instanceof Collection<?> c ? c.size() : result == null ? 0 : 1);
  }
}
