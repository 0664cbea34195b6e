package cat.xmess.catalog.samples;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * The samples of a property test: {@link #count()} seeds drawn from the fixed {@link #seed()}, one
 * {@code long} argument per invocation of a {@code @ParameterizedTest(name = "seed {0}")} method,
 * which builds its values from it ({@link Seeds#draw}, {@code Instancio.of(model).withSeed(seed)}
 * or {@code new Random(seed)}). A failing sample is named by its seed, and the same seeds come in
 * every run, in any order of the tests, and when one method runs alone.
 *
 * <p>This replaces Instancio's {@code @InstancioSource}, deprecated for removal in Instancio 5.6.
 * The successor its javadoc names, {@code @Given} parameters of a {@code @RepeatedTest}, does not
 * fit a seeded property test: the extension seeds every repetition afresh from the method's
 * {@code @Seed}, so all repetitions get the same value (twenty repetitions of a {@code @Given long}
 * under one {@code @Seed} gave one value), and without {@code @Seed} the samples change from run to
 * run, which neither a reproducible failure nor a mutation score can rest on.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ArgumentsSource(Seeds.class)
public @interface Samples {
  /** {@return the root seed the samples' seeds are drawn from} */
  long seed();

  /** {@return how many samples to run} */
  int count();
}
