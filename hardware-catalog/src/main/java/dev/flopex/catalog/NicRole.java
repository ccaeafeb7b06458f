package dev.flopex.catalog;

/**
 * What a server's network adapter is for.
 *
 * @since 0.1
 */
public enum NicRole {
  /** The GPU-to-GPU (east-west, "compute") network across servers. */
  SCALE_OUT,
  /** The front-end (north-south) network. */
  FRONTEND,
  /** The storage network. */
  STORAGE,
  /** A shared front-end and storage network. */
  FRONTEND_STORAGE
}
