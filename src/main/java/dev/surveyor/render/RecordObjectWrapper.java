package dev.surveyor.render;

import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows view records to templates as hashes of their components, read through method handles made
 * once per record type. Freemarker's bean wrapper would call each accessor by reflection, checking
 * the caller on every call: a third of the rendering time of a large survey. Templates see the same
 * values, wrapped the same way; only components are visible, no other methods.
 */
final class RecordObjectWrapper extends DefaultObjectWrapper {
  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

  private final ClassValue<Map<String, MethodHandle>> components =
      new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
          Map<String, MethodHandle> byName = new HashMap<>();
          for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true); // view records may be package-private
            try {
              byName.put(
                  component.getName(), MethodHandles.lookup().unreflect(accessor).asType(GETTER));
            } catch (IllegalAccessException e) {
              throw new IllegalStateException("accessor made accessible above: " + accessor, e);
            }
          }
          return Map.copyOf(byName);
        }
      };

  /**
   * Whether a record type implements no interface, so that only {@link #handleUnknownType} takes
   * it.
   */
  private final ClassValue<Boolean> plain =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          return type.isRecord() && type.getInterfaces().length == 0;
        }
      };

  RecordObjectWrapper(Version incompatibleImprovements) {
    super(incompatibleImprovements);
  }

  /**
   * Wraps what pages show most, strings, lists and view records, as {@code DefaultObjectWrapper}
   * would, without first asking whether each is a number, a date, an array (a native call in the
   * JIT compiler the launcher uses) or a map: a twentieth of rendering a page.
   */
  @Override
  public TemplateModel wrap(Object object) throws TemplateModelException {
    if (object instanceof String text) {
      return new SimpleScalar(text);
    }
    if (object instanceof Record record && plain.get(record.getClass())) {
      return new RecordModel(record, components.get(record.getClass()));
    }
    if (object instanceof List<?> list
        && !(object instanceof TemplateModel)
        && getUseAdaptersForContainers()) {
      return DefaultListAdapter.adapt(list, this);
    }
    return super.wrap(object);
  }

  @Override
  protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
    if (object instanceof Record record) {
      return new RecordModel(record, components.get(record.getClass()));
    }
    return super.handleUnknownType(object);
  }

  /** One record, seen as a hash of its components. */
  private final class RecordModel implements TemplateHashModel {
    private final Record record;
    private final Map<String, MethodHandle> getters;

    RecordModel(Record record, Map<String, MethodHandle> getters) {
      this.record = record;
      this.getters = getters;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      MethodHandle getter = getters.get(key);
      if (getter == null) {
        return null; // missing, as a bean model says: templates ask "page.head??" of any page
      }
      try {
        return wrap((Object) getter.invokeExact((Object) record));
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new TemplateModelException(
            "cannot read " + key + " of " + record.getClass().getSimpleName(), e);
      }
    }

    @Override
    public boolean isEmpty() {
      return getters.isEmpty();
    }
  }
}
