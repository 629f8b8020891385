package dev.pith;

import java.lang.ref.WeakReference;

/** For tests that a page is let go of: whether a weakly held object has been collected. */
public final class Collected {
    private Collected() {
    }

    /** True once the referent has been collected; asks for a collection a few times, as the JVM may defer it. */
    public static boolean is(WeakReference<?> ref) throws InterruptedException {
        for (int i = 0; i < 20 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        return ref.get() == null;
    }
}
