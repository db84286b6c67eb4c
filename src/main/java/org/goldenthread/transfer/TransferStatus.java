package org.goldenthread.transfer;

/** Where a move to another school stands. PROPOSED and AGREED are open: one at a time per child. */
public enum TransferStatus {
  PROPOSED,
  AGREED,
  DECLINED,
  COMPLETED,
  CANCELLED;

  public boolean open() {
    return this == PROPOSED || this == AGREED;
  }
}
