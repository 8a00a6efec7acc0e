/* hal_board.c — hal.h on a Rivet board: UART, debug exit, clock and host calls through the I/O
 * ports named in the boot-info block. Owns the device port numbers; nothing else may use them.
 * A boot-info block with a bad magic or version still gets working output (the bundled boards'
 * ports), so the runtime can say what is wrong before it exits. */
#include "hal.h"
#include "ports.h"

#define UART_THR 0          /* transmit holding register (write) / receive buffer (read) */
#define UART_LSR 5          /* line status register */
#define LSR_DATA_READY (1u << 0)
#define LSR_THR_EMPTY  (1u << 5)
#define UART_FIFO 16        /* a 16550 takes this many bytes once THRE says its FIFO is empty */

/* The bundled boards' ports, used only when the boot-info block cannot be trusted. */
#define FALLBACK_UART 0x3F8
#define FALLBACK_EXIT 0xF4

static const bootinfo_t *boot;
static uint16_t uart_port = FALLBACK_UART;
static uint16_t exit_port = FALLBACK_EXIT;
static uint16_t hostcall_port;
static uint16_t clock_port;

void hal_init(const bootinfo_t *info) {
    boot = info;
    if (info && info->magic == BOOTINFO_MAGIC && info->version == BOOTINFO_VERSION) {
        uart_port = info->uart_port;
        exit_port = info->exit_port;
        hostcall_port = info->hostcall_port;
        clock_port = info->clock_port;
    }
}

const bootinfo_t *hal_bootinfo(void) {
    return boot;
}

static void wait_transmitter_empty(void) {
    while (!(port_in8(uart_port + UART_LSR) & LSR_THR_EMPTY)) {
    }
}

void hal_putc(int byte) {
    wait_transmitter_empty();
    port_out8(uart_port + UART_THR, (uint8_t)byte);
}

/* One status poll per FIFO-full: each poll is a trip to the host, so text goes out in bursts. */
void hal_write(const char *bytes, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if (i % UART_FIFO == 0) {
            wait_transmitter_empty();
        }
        port_out8(uart_port + UART_THR, (uint8_t)bytes[i]);
    }
}

int hal_getc(void) {
    if (!(port_in8(uart_port + UART_LSR) & LSR_DATA_READY)) {
        return -1;
    }
    return port_in8(uart_port + UART_THR);
}

void hal_exit(int code) {
    port_out8(exit_port, (uint8_t)code);
    for (;;) {   /* the board stops at the out above; never fall through if it did not */
        __asm__ volatile("hlt");
    }
}

uint64_t hal_ticks(void) {
    uint32_t lo = port_in32(clock_port);       /* latches the count */
    uint32_t hi = port_in32(clock_port + 4);
    return (uint64_t)hi << 32 | lo;
}

uint32_t hal_hostcall(hostcall_t *request) {
    /* The ABI keeps every address below 4 GiB, so the block's address fits the 32-bit out. */
    port_out32(hostcall_port, (uint32_t)(uintptr_t)request);
    return request->status;
}
