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
 * values, wrapped the same way; only components are visible, no other methods. A record's model
 * keeps each component's model once made, so a page that asks {@code page.frame} twenty times reads
 * and wraps it once (a model serves one rendering, on one thread).
 */
final class RecordObjectWrapper extends DefaultObjectWrapper {
  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

  /**
   * A record type's components: each name's index, and the handle reading it; {@code seen} holds,
   * by component, the components of the record type last read there, so a page's nested records
   * ({@code page.frame}, each item of a run) skip the class-value look-up (its slow path was a
   * twentieth of rendering). Written by any thread: a stale or missing entry is only looked up.
   */
  private record Components(
      Class<?> type,
      Map<String, Integer> index,
      MethodHandle[] getters,
      boolean plain,
      Components[] seen) {}

  private final ClassValue<Components> components =
      new ClassValue<>() {
        @Override
        protected Components computeValue(Class<?> type) {
          RecordComponent[] all = type.getRecordComponents();
          // a HashMap, not Map.copyOf: its look-up is the cheaper of the two, asked for every dot
          Map<String, Integer> index = new HashMap<>();
          MethodHandle[] getters = new MethodHandle[all.length];
          for (int i = 0; i < all.length; i++) {
            Method accessor = all[i].getAccessor();
            accessor.setAccessible(true); // view records may be package-private
            try {
              getters[i] = MethodHandles.lookup().unreflect(accessor).asType(GETTER);
            } catch (IllegalAccessException e) {
              throw new IllegalStateException("accessor made accessible above: " + accessor, e);
            }
            index.put(all[i].getName(), i);
          }
          // only a record that implements no interface is left to handleUnknownType by the wrapper
          return new Components(
              type, index, getters, type.getInterfaces().length == 0, new Components[all.length]);
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
    if (object instanceof Record record) {
      Components of = components.get(record.getClass());
      if (of.plain()) {
        return new RecordModel(record, of);
      }
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

  /** One record, seen as a hash of its components, each wrapped when first asked for. */
  private final class RecordModel implements TemplateHashModel {
    private final Record record;
    private final Components components;
    private TemplateModel[] wrapped; // by component index; made when first asked

    RecordModel(Record record, Components components) {
      this.record = record;
      this.components = components;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      Integer index = components.index().get(key);
      if (index == null) {
        return null; // missing, as a bean model says: templates ask "page.head??" of any page
      }
      if (wrapped == null) {
        wrapped = new TemplateModel[components.getters().length];
      }
      TemplateModel model = wrapped[index];
      if (model == null) {
        try {
          model =
              wrapComponent(
                  index, (Object) components.getters()[index].invokeExact((Object) record));
        } catch (RuntimeException | Error e) {
          throw e;
        } catch (Throwable e) {
          throw new TemplateModelException(
              "cannot read " + key + " of " + record.getClass().getSimpleName(), e);
        }
        wrapped[index] = model; // null stays null: read again, as before
      }
      return model;
    }

    /** As {@link #wrap}; a plain record of the type last read at this component without look-up. */
    private TemplateModel wrapComponent(int index, Object value) throws TemplateModelException {
      if (value instanceof Record nested) {
        Components last = components.seen()[index];
        if (last == null || last.type() != nested.getClass()) {
          last = RecordObjectWrapper.this.components.get(nested.getClass());
          components.seen()[index] = last;
        }
        if (last.plain()) {
          return new RecordModel(nested, last);
        }
      }
      return wrap(value);
    }

    @Override
    public boolean isEmpty() {
      return components.getters().length == 0;
    }
  }
}
