package cat.xmess.catalog.samples;

import static org.instancio.Select.root;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.instancio.generator.Generator;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The seeds of {@link Samples}, and values drawn from one seed with Instancio's random.
 *
 * <p>The system property {@value #MAX_PROPERTY} caps the number of samples of every property; the
 * mutation-testing profile sets it, since PIT runs a property's samples once per mutant they cover.
 * The seeds under a cap are the first ones of the full run.
 */
public final class Seeds extends AnnotationBasedArgumentsProvider<Samples> {
  /** System property: the most samples any property runs (unset: each runs its {@code count}). */
  public static final String MAX_PROPERTY = "xmess.samples.max";

  /** The {@code count} sample seeds drawn from {@code root}: what {@code @Samples(seed = root, count = count)} passes. */
  public static LongStream of(long root, int count) {
    return new SplittableRandom(root).longs(count);
  }

  /** The value {@code draw} makes from Instancio's random seeded with {@code seed}. */
  public static <T> T draw(Class<T> type, long seed, Generator<T> draw) {
    return Instancio.of(type).withSeed(seed).supply(root(), draw).create();
  }

  @Override
  protected Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters,
      ExtensionContext context, Samples samples) {
    int max = Integer.getInteger(MAX_PROPERTY, Integer.MAX_VALUE);
    return of(samples.seed(), Math.min(samples.count(), max)).mapToObj(Arguments::of);
  }
}
